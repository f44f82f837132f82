#!/usr/bin/env bash
# Writes org.json for `accessgraph ingest --from DIR`: the organization, its roots, every OU and
# account with a ParentId link, and every service / resource control policy with its content and
# targets. Read-only: it only calls describe-*/list-* APIs of AWS Organizations.
#
# Needs: AWS CLI (v1 or v2) and jq 1.6+. Run it with credentials of the management account or of a
# delegated administrator for AWS Organizations (organizations:Describe*, organizations:List*).
#
# Usage: scripts/export-org.sh [-o FILE] [--profile NAME]
#   -o FILE          where to write (default: org.json; "-" for standard output)
#   --profile NAME   AWS CLI profile to use (default: the usual credential chain)
# Layout of the output: docs/offline-input.md.
set -euo pipefail

OUT="org.json"
AWS_ARGS=(--output json)

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }
die() { echo "export-org: $*" >&2; exit 1; }

while [[ $# -gt 0 ]]; do
  case "$1" in
    -o) [[ $# -ge 2 ]] || die "-o needs a file name"; OUT="$2"; shift 2 ;;
    --profile) [[ $# -ge 2 ]] || die "--profile needs a name"; AWS_ARGS+=(--profile "$2"); shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown argument: $1" ;;
  esac
done

command -v aws >/dev/null || die "the AWS CLI is not installed (https://aws.amazon.com/cli/)"
command -v jq >/dev/null || die "jq is not installed (apt-get install jq / brew install jq)"
export AWS_PAGER=""  # CLI v2 would otherwise page long outputs

org() { aws organizations "$@" "${AWS_ARGS[@]}"; }

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

echo "export-org: describing the organization" >&2
org describe-organization \
  | jq '.Organization | {Id, Arn, MasterAccountId, MasterAccountEmail, FeatureSet}' \
  >"$WORK/organization.json"
org list-roots | jq '[.Roots[] | {Id, Arn, Name}]' >"$WORK/roots.json"

# Walk the tree breadth-first from every root; the CLI follows NextToken by itself.
: >"$WORK/ous.ndjson"
: >"$WORK/accounts.ndjson"
mapfile -t queue < <(jq -r '.[].Id' "$WORK/roots.json")
while [[ ${#queue[@]} -gt 0 ]]; do
  parent="${queue[0]}"
  queue=("${queue[@]:1}")
  org list-accounts-for-parent --parent-id "$parent" \
    | jq -c --arg p "$parent" '.Accounts[] | {Id, Arn, Name, Email, Status, ParentId: $p}' \
    >>"$WORK/accounts.ndjson"
  children="$(org list-organizational-units-for-parent --parent-id "$parent" \
    | jq -c --arg p "$parent" '.OrganizationalUnits[] | {Id, Arn, Name, ParentId: $p}')"
  if [[ -n "$children" ]]; then
    printf '%s\n' "$children" >>"$WORK/ous.ndjson"
    mapfile -t -O "${#queue[@]}" queue < <(jq -r '.Id' <<<"$children")
  fi
done
echo "export-org: $(wc -l <"$WORK/ous.ndjson") OUs, $(wc -l <"$WORK/accounts.ndjson") accounts" >&2

# Policies with their content and targets. A policy type that is not enabled is skipped with a
# note: the organization then simply has none of that kind.
: >"$WORK/policies.ndjson"
for type in SERVICE_CONTROL_POLICY RESOURCE_CONTROL_POLICY; do
  if ! ids="$(org list-policies --filter "$type" 2>"$WORK/err" | jq -r '.Policies[].Id')"; then
    echo "export-org: skipping $type: $(tr '\n' ' ' <"$WORK/err")" >&2
    continue
  fi
  for id in $ids; do
    org describe-policy --policy-id "$id" >"$WORK/policy.json"
    org list-targets-for-policy --policy-id "$id" >"$WORK/targets.json"
    jq -c --slurpfile t "$WORK/targets.json" \
      '.Policy | {PolicySummary, Content, Targets: $t[0].Targets}' "$WORK/policy.json" \
      >>"$WORK/policies.ndjson"
  done
done
echo "export-org: $(wc -l <"$WORK/policies.ndjson") policies" >&2

result="$(jq -n \
  --slurpfile organization "$WORK/organization.json" \
  --slurpfile roots "$WORK/roots.json" \
  --slurpfile ous "$WORK/ous.ndjson" \
  --slurpfile accounts "$WORK/accounts.ndjson" \
  --slurpfile policies "$WORK/policies.ndjson" \
  '{organization: $organization[0], roots: $roots[0], organizationalUnits: $ous,
    accounts: $accounts, policies: $policies}')"
if [[ "$OUT" == "-" ]]; then
  printf '%s\n' "$result"
else
  printf '%s\n' "$result" >"$OUT"
  echo "export-org: wrote $OUT" >&2
fi
