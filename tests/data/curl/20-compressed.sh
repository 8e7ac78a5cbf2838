curl --compressed http://HOST/gzip
