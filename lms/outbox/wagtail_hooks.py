from wagtail import hooks

from .viewsets import OutboxViewSet

hooks.register("register_admin_viewset", OutboxViewSet)
