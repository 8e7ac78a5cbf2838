curl http://HOST/enc --data-urlencode '' --data-urlencode 'name='
