#!/bin/sh
# CPU time of a first critique and of one after a one-word edit, for each letter FILE.
# usage: scripts/language-layer/edit-cost.sh FILE...   (after mvn -o -q compile)
exec "$(dirname "$0")/run-engine-script.sh" EditCost.java "$@"
