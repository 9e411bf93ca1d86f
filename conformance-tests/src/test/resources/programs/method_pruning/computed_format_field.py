# str.format reads the attributes its fields name; a format string built at run time can name
# any method or property.
fmt = '{0.re' + 'al} {0.ima' + 'g} {1.numer' + 'ator}'
print(fmt.format(2.5, 7))
template = '{x.is' + 'digit}'
print(template.format(x='12')[:30].split(' ')[0:3])
print(str.format('{0.denomi' + 'nator}', 3))
