"""Distance between two points on the Earth (haversine), for the core and the store alike."""
from __future__ import annotations

import math

EARTH_KM = 6371.0  # mean radius


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float, radius: float = EARTH_KM) -> float:
    """Great-circle distance in kilometres between two (latitude, longitude) points in degrees."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * radius * math.asin(min(1.0, math.sqrt(h)))
