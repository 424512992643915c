"""Django's Redis cache, with one client object per connection pool instead of one per operation.

Django's `RedisCacheClient.get_client` builds a new `redis.Redis` for every get and set, and each one copies
its table of some 170 response callbacks: on a signed-in page, which reads its session, the publish stamp
and a few remembered values, that was about a millisecond of CPU a request (measured with cProfile on the
handbook section). A `redis.Redis` is safe to share between threads (each command takes a connection from
the pool), so keeping one per pool changes nothing else.
"""

from __future__ import annotations

from django.core.cache.backends import redis as django_redis


class _SharedClients(django_redis.RedisCacheClient):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._clients: dict[int, object] = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            client = self._clients[index] = self._client(connection_pool=self._get_connection_pool(write))
        return client


class RedisCache(django_redis.RedisCache):
    def __init__(self, server, params) -> None:
        super().__init__(server, params)
        self._class = _SharedClients
