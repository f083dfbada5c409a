#!/usr/bin/env bash
# test_slurm: `darts-cli sweep --slurm` on a real SLURM. A single-node cluster is started here from
# scratch (no systemd: munged, slurmctld and slurmd by hand, their state in a temporary folder), the
# job-array script darts-cli writes is submitted and waited for, its parts are merged, and the
# result must be byte for byte the sweep run here as one task.
# Usage: test_slurm.sh DARTS_CLI. Exit 77 (ctest: skipped) without root or without slurm-wlm and munge.
set -euo pipefail

cli=$(realpath "$1")
export PATH="$PATH:/usr/sbin:/sbin"

skip() { echo "SKIPPED: $*"; exit 77; }
[[ $(id -u) == 0 ]] || skip "needs root, to start munged and the SLURM daemons"
for tool in munged slurmctld slurmd sbatch sinfo scancel; do
  command -v "$tool" > /dev/null || skip "$tool is not installed (packages slurm-wlm and munge)"
done

work=$(mktemp -d /tmp/darts-slurm.XXXXXX)
export SLURM_CONF="$work/slurm.conf"  # every SLURM program, the daemons included, reads this file
started_munged=false
daemon_pids=()

cleanup() {
  local status=$?
  scancel --full --quiet --user=root 2> /dev/null || true
  for pid in "${daemon_pids[@]}"; do kill "$pid" 2> /dev/null || true; done
  for pid in "${daemon_pids[@]}"; do
    for _ in $(seq 50); do kill -0 "$pid" 2> /dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2> /dev/null || true
  done
  if $started_munged && [[ -f /run/munge/munged.pid ]]; then
    kill "$(cat /run/munge/munged.pid)" 2> /dev/null || true
  fi
  if (( status != 0 && status != 77 )); then
    for log in "$work"/slurmctld.log "$work"/slurmd.log "$work"/*.out "$work"/results/slurm-*.out; do
      [[ -f $log ]] && { echo "--- $log"; tail -n 30 "$log"; }
    done
  fi
  rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT
fail() { echo "FAIL: $*"; exit 1; }

# munge: SLURM's authentication. A munged that already answers is used as it is (it is not ours to stop).
if ! { munge -n | unmunge; } > /dev/null 2>&1; then
  install -d -o munge -g munge -m 0755 /run/munge
  if [[ ! -f /etc/munge/munge.key ]]; then
    if command -v mungekey > /dev/null; then mungekey --create; else create-munge-key -f; fi
    chown munge:munge /etc/munge/munge.key
    chmod 0400 /etc/munge/munge.key
  fi
  # munged refuses to run as root; --force takes over a socket left behind by a munged that died.
  runuser -u munge -- munged --force
  started_munged=true
  for _ in $(seq 50); do { munge -n | unmunge; } > /dev/null 2>&1 && break; sleep 0.1; done
  { munge -n | unmunge; } > /dev/null 2>&1 || fail "munged did not start"
fi

# The node as slurmd sees this machine, so that the configuration never claims more than there is.
host=$(hostname -s)
hardware=$(slurmd -C | head -n 1)
cpus=$(sed -n 's/.*CPUs=\([0-9]*\).*/\1/p' <<< "$hardware")
memory=$(sed -n 's/.*RealMemory=\([0-9]*\).*/\1/p' <<< "$hardware")
mkdir -p "$work/state" "$work/spool"
cat > "$SLURM_CONF" << CONF
ClusterName=dartstest
SlurmctldHost=$host(127.0.0.1)
SlurmUser=root
SlurmdUser=root
# Ports apart from the usual 6817/6818, so that a cluster of the machine's own is not disturbed.
SlurmctldPort=16817
SlurmdPort=16818
AuthType=auth/munge
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/slurmctld.pid
SlurmdPidFile=$work/slurmd.pid
SlurmctldLogFile=$work/slurmctld.log
SlurmdLogFile=$work/slurmd.log
# No cgroups and no accounting: nothing a container or a bare machine lacks.
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
MpiDefault=none
ReturnToService=2
NodeName=$host NodeAddr=127.0.0.1 CPUs=$cpus RealMemory=$memory State=UNKNOWN
PartitionName=test Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF

# In the foreground (-D) of background jobs, so that their ids are known here; what they also print
# to the terminal goes to files beside their logs.
slurmctld -D -i > "$work/slurmctld.out" 2>&1 & daemon_pids+=($!)
slurmd -D > "$work/slurmd.out" 2>&1 & daemon_pids+=($!)
state=""
for _ in $(seq 120); do
  state=$(sinfo -h -N -o %t 2> /dev/null | head -n 1 || true)
  [[ $state == idle ]] && break
  sleep 0.5
done
[[ $state == idle ]] || fail "the node did not become idle (sinfo says '$state')"

# A small sweep: 6 points of the seed example, a few epochs each, in 3 array tasks.
cat > "$work/plan.json" << 'PLAN'
{"example": "seed",
 "settings": {"max_epochs": 15, "param_updates_per_epoch": 20, "param_updates_for_sampled_model": 50},
 "grid": {"num_graph_nodes": [1, 2], "seed": [1, 2, 3]}}
PLAN
"$cli" sweep "$work/plan.json" --slurm --task-count 3 --jobs 1 --out "$work/results" -o "$work/sweep.sbatch"
grep -q '^#SBATCH --array=0-2$' "$work/sweep.sbatch" || fail "the script has no --array=0-2"
grep -q '^#SBATCH --cpus-per-task=1$' "$work/sweep.sbatch" || fail "the script has no --cpus-per-task=1"

timeout 240 sbatch --wait "$work/sweep.sbatch" || fail "the job array failed"
for task in 0 1 2; do
  [[ -f $work/results/part-$task-of-3.dartssweep ]] || fail "task $task wrote no part file"
done
"$cli" merge "$work/results"

"$cli" sweep "$work/plan.json" --jobs 1 --out "$work/local"
"$cli" merge "$work/local" > /dev/null
cmp "$work/results/sweep.dartssweep" "$work/local/sweep.dartssweep" || fail "the cluster's sweep differs from the local one"
echo "PASS: 3 SLURM array tasks merged to the same sweep file as one local run"
