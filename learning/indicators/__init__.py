"""Practice indicators: the numbers agencies return each quarter (GCP2 assessments,
Early Help cases), shown beside training."""
