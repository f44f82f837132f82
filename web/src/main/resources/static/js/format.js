// How ARNs, kinds and methods read on screen.

const KIND_LABELS = {
  USER: 'user', ROLE: 'role', GROUP: 'group', EC2_INSTANCE: 'EC2 instance', ACCOUNT: 'account',
  SERVICE_PRINCIPAL: 'service', FEDERATED_PRINCIPAL: 'federated provider',
  ACCOUNT_ADMIN: 'admin of account', ACCESS_KEY: 'access key',
};

export function kindLabel(kind) {
  return KIND_LABELS[kind] || String(kind || '').toLowerCase().replace(/_/g, ' ');
}

/** The last path segment of an ARN ("role/a/b" -> "b"), or the id itself. */
export function shortName(arn) {
  if (!arn) {
    return '';
  }
  if (arn.startsWith('accessgraph:account-admin:')) {
    return 'admin of ' + arn.slice('accessgraph:account-admin:'.length);
  }
  const resource = arn.split(':').slice(5).join(':') || arn;
  const slash = resource.lastIndexOf('/');
  return slash >= 0 ? resource.slice(slash + 1) : resource;
}

/** The account id inside an ARN, or ''. */
export function accountOf(arn) {
  if (!arn) {
    return '';
  }
  if (arn.startsWith('accessgraph:account-admin:')) {
    return arn.slice('accessgraph:account-admin:'.length);
  }
  const part = arn.split(':')[4] || '';
  return /^\d{12}$/.test(part) ? part : '';
}

export function plural(count, word, many) {
  return count + ' ' + (count === 1 ? word : (many || word + 's'));
}

/** "web-app-role (555555555555)" with the account name when the organization knows it. */
export function accountLabel(id, names) {
  const name = names && names.get(id);
  return name ? name + ' (' + id + ')' : id;
}
