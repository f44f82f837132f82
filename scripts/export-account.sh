#!/usr/bin/env bash
# Writes one AWS account's files for `accessgraph ingest --from DIR`: IAM authorization details,
# EC2 instances per region, access keys per user, the credential report and the OIDC / SAML
# providers. Read-only apart from `iam generate-credential-report`, which only (re)builds the
# report AWS keeps for the account.
#
# Needs: AWS CLI (v1 or v2) and jq 1.6+. Permissions: iam:GetAccountAuthorizationDetails,
# iam:ListUsers, iam:ListAccessKeys, iam:GenerateCredentialReport, iam:GetCredentialReport,
# iam:ListOpenIDConnectProviders, iam:ListSAMLProviders, ec2:DescribeRegions,
# ec2:DescribeInstances (the AWS managed SecurityAudit policy has them all).
#
# Usage: scripts/export-account.sh -o DIR [--name NAME] [--regions "r1 r2"] [--profile P]
#                                  [--role-arn ARN]
#   -o DIR           output directory (created when missing)
#   --name NAME      file name prefix (default: the account id)
#   --regions LIST   regions to read EC2 from (default: every region enabled in the account)
#   --profile P      AWS CLI profile to use (default: the usual credential chain)
#   --role-arn ARN   assume this role first, e.g. arn:aws:iam::ACCOUNT:role/OrganizationAccountAccessRole
# Layout and file kinds: docs/offline-input.md.
set -euo pipefail

OUT=""
NAME=""
REGIONS=""
ROLE_ARN=""
AWS_ARGS=(--output json)

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }
die() { echo "export-account: $*" >&2; exit 1; }
note() { echo "export-account: $*" >&2; }

while [[ $# -gt 0 ]]; do
  case "$1" in
    -o) [[ $# -ge 2 ]] || die "-o needs a directory"; OUT="$2"; shift 2 ;;
    --name) [[ $# -ge 2 ]] || die "--name needs a value"; NAME="$2"; shift 2 ;;
    --regions) [[ $# -ge 2 ]] || die "--regions needs a list"; REGIONS="$2"; shift 2 ;;
    --profile) [[ $# -ge 2 ]] || die "--profile needs a name"; AWS_ARGS+=(--profile "$2"); shift 2 ;;
    --role-arn) [[ $# -ge 2 ]] || die "--role-arn needs an ARN"; ROLE_ARN="$2"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown argument: $1" ;;
  esac
done
[[ -n "$OUT" ]] || { usage >&2; die "-o DIR is required"; }

command -v aws >/dev/null || die "the AWS CLI is not installed (https://aws.amazon.com/cli/)"
command -v jq >/dev/null || die "jq is not installed (apt-get install jq / brew install jq)"
export AWS_PAGER=""  # CLI v2 would otherwise page long outputs

if [[ -n "$ROLE_ARN" ]]; then
  creds="$(aws sts assume-role --role-arn "$ROLE_ARN" --role-session-name accessgraph-export \
    "${AWS_ARGS[@]}")"
  AWS_ACCESS_KEY_ID="$(jq -r .Credentials.AccessKeyId <<<"$creds")"
  AWS_SECRET_ACCESS_KEY="$(jq -r .Credentials.SecretAccessKey <<<"$creds")"
  AWS_SESSION_TOKEN="$(jq -r .Credentials.SessionToken <<<"$creds")"
  export AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN
  unset AWS_PROFILE
  AWS_ARGS=(--output json)  # the assumed role's keys replace any --profile
fi
awscli() { aws "$@" "${AWS_ARGS[@]}"; }

ACCOUNT="$(awscli sts get-caller-identity | jq -r .Account)"
PREFIX="${NAME:-$ACCOUNT}"
mkdir -p "$OUT"
note "account $ACCOUNT -> $OUT/$PREFIX-*.json"

# One file per account; the CLI follows the Marker itself and prints documents as JSON objects.
awscli iam get-account-authorization-details >"$OUT/$PREFIX-iam.json"
note "wrote $PREFIX-iam.json"

if [[ -z "$REGIONS" ]]; then
  REGIONS="$(awscli ec2 describe-regions | jq -r '[.Regions[].RegionName] | join(" ")')"
fi
written=()
for region in $REGIONS; do
  # An SCP may deny a region (see the demo's DenyOutsideApprovedRegions): note it and go on.
  if awscli ec2 describe-instances --region "$region" >"$OUT/.ec2.tmp" 2>"$OUT/.ec2.err"; then
    mv "$OUT/.ec2.tmp" "$OUT/$PREFIX-ec2-$region.json"
    written+=("$region")
  else
    note "skipping EC2 in $region: $(tr '\n' ' ' <"$OUT/.ec2.err")"
  fi
done
rm -f "$OUT/.ec2.tmp" "$OUT/.ec2.err"
note "wrote EC2 instances for: ${written[*]:-no region}"

# list-access-keys names the user but not the account: add AccountId so the file stands alone.
awscli iam list-users | jq -r '.Users[].UserName' | while IFS= read -r user; do
  awscli iam list-access-keys --user-name "$user" \
    | jq --arg account "$ACCOUNT" '. + {AccountId: $account}' \
    >"$OUT/$PREFIX-access-keys-$user.json"
done
note "wrote access keys"

# The report is built asynchronously; ask until it is COMPLETE (AWS keeps it for 4 hours).
for attempt in $(seq 1 30); do
  state="$(awscli iam generate-credential-report | jq -r .State)"
  [[ "$state" == "COMPLETE" ]] && break
  [[ "$attempt" -eq 30 ]] && die "credential report still $state after 60 s"
  sleep 2
done
awscli iam get-credential-report >"$OUT/$PREFIX-credential-report.json"
note "wrote $PREFIX-credential-report.json"

awscli iam list-open-id-connect-providers >"$OUT/$PREFIX-oidc-providers.json"
awscli iam list-saml-providers >"$OUT/$PREFIX-saml-providers.json"
note "wrote identity providers; done"
