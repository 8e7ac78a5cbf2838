curl -sSL -XPOST http://HOST/combined -H'X-Trace: 1' -d 'x=1'
