"""Every PDF the site makes (briefings, certificates, posters, cards) is laid out by one
renderer here: the project's own font, and a tagged PDF/UA-1 document."""
