"""Extraction stages: detect and filter triggers, counts, actors, then assemble events.

(Named ``extraction`` so that ``cronica.extract`` stays the public function.)
"""
