curl --get 'http://HOST/search?lang=en' --data-urlencode 'q=winter renewal'
