from wagtail import hooks

from .viewsets import OutboxViewSet


@hooks.register("register_admin_viewset")
def register_outbox():
    return OutboxViewSet()
