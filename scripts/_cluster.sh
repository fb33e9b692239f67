# Sourced by scripts/test (whole-suite runs): PostgreSQL and two engine nodes on it
# (tests/engine/cluster.py), the integration suite against node A on PostgreSQL, then the
# cluster fault test (tests/cluster/fault.py). Stops what it started; sets cluster_status.
echo "== cluster: PostgreSQL on 15432, engine nodes on 18082 and 18083"
cluster_status=0
cluster_started=$SECONDS
if python tests/engine/engine.py start --cluster --fresh; then
  echo "== pytest tests/integration on PostgreSQL (node 18082)"
  # the engine with authentication and the tests that start engines of their own run on H2 above
  CAMUNDA_URL=http://127.0.0.1:18082/engine-rest PYCAMUNDA_SKIP_AUTH_ENGINE=1 \
    PYCAMUNDA_REQUIRE_EXERCISED=0 PYCAMUNDA_REPORT_TAG=postgres \
    python -m pytest tests/integration -q \
      --deselect tests/integration/core/test_transport.py \
      --deselect tests/integration/worker/test_worker_restart.py || cluster_status=1
  echo "== cluster fault test"
  python tests/cluster/fault.py || cluster_status=1
else
  cluster_status=1
fi
python tests/engine/engine.py stop --cluster
echo "== cluster stage: $((SECONDS - cluster_started)) s"
