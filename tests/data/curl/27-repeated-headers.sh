curl http://HOST/h -H 'X-One: 1' -H 'X-Two: two' -H 'X-Three: 3 3 3'
