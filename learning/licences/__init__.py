"""Licences (GCP2, WeCAN): who may use a licensed assessment tool, and since when."""
