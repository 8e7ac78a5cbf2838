curl -G http://HOST/search -d q=renewal -d page=2
