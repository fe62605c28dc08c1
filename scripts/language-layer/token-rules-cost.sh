#!/bin/sh
# CPU time of the language layer and the token rules on each FILE (any size or shape).
# usage: scripts/language-layer/token-rules-cost.sh FILE...   (after mvn -o -q compile)
exec "$(dirname "$0")/run-engine-script.sh" TokenRulesCost.java "$@"
