curl HOST/status/ping?campaign=winter
