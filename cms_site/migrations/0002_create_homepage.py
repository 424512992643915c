"""Replace Wagtail's welcome page with the site's home page and point the default site at it."""

from django.db import migrations


def create_homepage(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    HomePage = apps.get_model("cms_site", "HomePage")
    Locale = apps.get_model("wagtailcore", "Locale")

    Page.objects.filter(depth=2, slug="home", content_type__model="page").delete()
    if HomePage.objects.exists():
        return
    content_type, _created = ContentType.objects.get_or_create(model="homepage", app_label="cms_site")
    locale = Locale.objects.first()
    root = Page.objects.get(depth=1)
    numchild = Page.objects.filter(depth=2).count()
    path = root.path + f"{numchild + 1:04d}"
    homepage = HomePage.objects.create(
        title="Lớp học Truyền thông chính sách",
        draft_title="Lớp học Truyền thông chính sách",
        slug="home",
        content_type=content_type,
        path=path,
        depth=2,
        numchild=0,
        url_path="/home/",
        locale=locale,
        live=True,
        lead="Bồi dưỡng kỹ năng truyền thông chính sách và cung cấp thông tin cho báo chí.",
        search_text_folded="lop hoc truyen thong chinh sach",
    )
    root.numchild = Page.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": homepage, "site_name": "Lớp học Truyền thông chính sách"},
    )


def remove_homepage(apps, schema_editor):
    apps.get_model("cms_site", "HomePage").objects.filter(slug="home", depth=2).delete()


class Migration(migrations.Migration):
    dependencies = [("cms_site", "0001_initial"), ("wagtailcore", "0098_apitoken")]

    operations = [migrations.RunPython(create_homepage, remove_homepage)]
