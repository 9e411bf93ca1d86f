import sys
sys.exit("fatal: bad things")
