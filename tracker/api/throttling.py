from rest_framework.throttling import UserRateThrottle


class ClientRateThrottle(UserRateThrottle):
    """Per authenticated client (user behind the token or session)."""

    scope = "client"
