# Sourced by ./mvnw, ./taipan and .ci/run: exports JAVA_HOME pointing at a JDK >= 21.
# The machine's default java may be older (Closure Compiler and our sources need 21+),
# so when JAVA_HOME is unset or too old, pick the newest JDK found in the usual places.
taipan_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}
taipan_select_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    major=$(taipan_java_major "$JAVA_HOME")
    [ "${major:-0}" -ge 21 ] && return 0
  fi
  if command -v java >/dev/null 2>&1; then
    home=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
    major=$(taipan_java_major "$home")
    if [ "${major:-0}" -ge 21 ]; then export JAVA_HOME="$home"; return 0; fi
  fi
  best=""; best_major=0
  case $- in *f*) had_noglob=1; set +f ;; *) had_noglob=0 ;; esac
  for home in /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/*; do
    [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || continue
    major=$(taipan_java_major "$home")
    if [ "${major:-0}" -ge 21 ] && [ "$major" -gt "$best_major" ]; then best="$home"; best_major=$major; fi
  done
  [ "$had_noglob" = 1 ] && set -f
  if [ -n "$best" ]; then export JAVA_HOME="$best"; return 0; fi
  echo "taipan: no JDK 21 or newer found; install one and set JAVA_HOME" >&2
  return 1
}
taipan_select_jdk
