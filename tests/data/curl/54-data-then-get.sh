curl -G http://HOST/search -d '' -d 'q=renewal'
