#!/usr/bin/env bash
# Issue 15: one GPU session that trains and scores every candidate recipe (scripts/gpu_experiments.py).
# Run from the repository root on the device machine with .data/kermany224 and .whl/ carried along:
#   BUDGET_S=380 bash scripts/gpu_train.sh
# Writes to $OUT (at most 8 files): log.txt, small.tar.gz (results.json, logits.npz, per-run logs/configs),
# selected.tar.part-* (the selected model's float16 state dict(s), split in 15 MB parts).
set -uo pipefail
OUT=${OUT:-/tmp/out}
mkdir -p "$OUT"
WORK=/tmp/exp
rm -rf "$WORK"
if ls .whl/*.whl >/dev/null 2>&1; then
  python3 -m pip install -q --no-index --no-deps --target /tmp/site .whl/*.whl && export PYTHONPATH=/tmp/site:${PYTHONPATH:-}
fi
export PYTHONUNBUFFERED=1 PYTHONPATH=$PWD:${PYTHONPATH:-}
# one BLAS/OpenMP thread per process: loader workers resize with small matrix products (engine.image.imaging)
export OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 MKL_NUM_THREADS=1
nvidia-smi --query-gpu=name,memory.total --format=csv,noheader 2>&1 | tee "$OUT/log.txt"
timeout -s INT "${PY_TIMEOUT_S:-520}" python3 scripts/gpu_experiments.py --data .data/kermany224 --out "$WORK" --budget-s "${BUDGET_S:-380}" \
  --workers "${WORKERS:-14}" ${EXTRA_ARGS:-} 2>&1 | grep --line-buffered -v "batch/s\]\|it/s\]" | tee -a "$OUT/log.txt"
rc=${PIPESTATUS[0]}
cd "$WORK" 2>/dev/null || exit 1
tar czf "$OUT/small.tar.gz" results.json logits.npz runs/*/log.jsonl runs/*/config.json 2>>"$OUT/log.txt"
if [ -d selected ]; then
  tar cf - selected | split -b 15M -d - "$OUT/selected.tar.part-"
fi
ls -la "$OUT" | tee -a "$OUT/log.txt"
exit $rc
