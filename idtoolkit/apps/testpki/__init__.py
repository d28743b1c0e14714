"""Test PKIs for e-service developers: a scenario file in, a workspace with good and bad
credentials and a manifest of what a correct validator must conclude about each, out."""
