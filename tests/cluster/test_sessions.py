"""Sessions live in the shared database and cache: a sign-in on one node holds on the other."""

import pytest
import requests

from .conftest import TRAINEE

pytestmark = pytest.mark.cluster


def test_signed_in_through_node_a_stays_signed_in_on_node_b(cluster, visitor):
    visitor.sign_in(cluster.a, TRAINEE)

    on_b = visitor.get(cluster.b, "/tai-khoan/ho-so/")
    assert on_b.status_code == 200
    assert TRAINEE in on_b.text
    # And through the load balancer, whichever node answers.
    for _ in range(4):
        assert visitor.get(cluster.url, "/tai-khoan/ho-so/").status_code == 200


def test_without_the_session_cookie_node_b_asks_to_sign_in(cluster, visitor):
    response = visitor.get(cluster.b, "/tai-khoan/ho-so/")
    assert response.status_code == 302
    assert "/tai-khoan/login/" in response.headers["Location"]


def test_the_health_endpoint_answers_on_both_nodes_and_through_nginx(cluster):
    for base in (cluster.a, cluster.b, cluster.url):
        response = requests.get(base + "/healthz/", timeout=10)
        assert response.status_code == 200, (base, response.status_code, response.text[:300])
