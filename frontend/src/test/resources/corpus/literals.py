0
123
1_000_000
0x1F
0XaB
0o17
0O7
0b1010
0B1
1.5
1.
.5
1e10
1E-5
1_0.0_1e+1_0
3j
1.5J
1e3j
00
99999999999999999999999999999999999999
None
True
False
...
'single'
"double"
'''triple single'''
"""triple double"""
'escapes \n \t \\ \' \x41 \u00e9 \U0001F600 \N{BULLET} \101'
r'raw \n'
R'raw'
b'bytes \x00'
B"bytes"
br'raw bytes'
Br'x'
bR'x'
BR'x'
rb'x'
rB'x'
Rb'x'
RB'x'
u'unicode'
U'unicode'
'implicit' 'concatenation'
b'a' b'b'
'é ünïcödé 😀'
"it's"
'say "hi"'
'line\
continued'
