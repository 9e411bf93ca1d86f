# A comment at the top.

def tabs():
	return 1  # tab-indented body


x = (1 +
     2)  # implicit joining inside brackets
y = 1 + \
    2
z = [
    1,
    2,
]
if x: pass
résumé = 'unicode identifier'
Σ = sum
s = 'é' + "😀"; t = x
def deep():
    if x:
        if y:
            if z:
                pass
            # comment at odd indentation
        else:
            pass
    return (
        x
    )
class K: x = 1; y = 2
