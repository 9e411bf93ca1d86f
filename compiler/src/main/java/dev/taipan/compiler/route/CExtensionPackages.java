package dev.taipan.compiler.route;

import java.util.Set;

/**
 * Well-known packages built on C extensions, recognised by import name even when Pyodide's lock
 * file does not list them, so that their reason reads "C extension" and not "not found".
 */
public final class CExtensionPackages {
  public static final Set<String> KNOWN =
      Set.of(
          "numpy", "pandas", "scipy", "matplotlib", "sklearn", "skimage", "statsmodels",
          "PIL", "cv2", "lxml", "shapely", "pyarrow", "h5py", "tables", "numba", "torch",
          "tensorflow", "jax", "jaxlib", "psycopg2", "cryptography", "yaml", "regex",
          "ujson", "orjson", "msgpack", "zmq", "gevent", "greenlet", "cffi", "Cython",
          "pydantic_core", "tokenizers", "xgboost", "lightgbm", "netCDF4", "pywt", "bitarray");

  private CExtensionPackages() {}

  public static boolean isKnown(String topLevelModule) {
    return KNOWN.contains(topLevelModule);
  }
}
