"""`fallakte-server export indicators`: the indicator report over every team's records."""
