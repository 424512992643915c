from wagtail import hooks

from .viewsets import QuizzesViewSetGroup

hooks.register("register_admin_viewset", QuizzesViewSetGroup)
