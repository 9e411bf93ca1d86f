vals = [0.0, 1.0, -1.5, 123456.789, 1e-7, 1e16, float("inf"), float("nan")]
for v in vals:
    print(f"{v}|{v:g}|{v:.3}|{v:10.2e}|{v:.0f}|{v:+.1f}|{v:#g}")
print(f"{0.1:.20f}", f"{1/3:.15g}", f"{2.5:.0f}", f"{3.5:.0f}", f"{-0.0:.1f}")
