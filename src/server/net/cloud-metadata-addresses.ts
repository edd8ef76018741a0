/**
 * Addresses of cloud instance-metadata services. They fall inside forbidden
 * ranges already (link-local, private, unique local); they are listed so that
 * a refusal can say what the target was, and so that an ALLOW_HOSTS CIDR that
 * happens to cover one never lifts the block for it.
 */
export interface CloudMetadataAddress {
  address: string;
  provider: string;
  source: string;
}

export const CLOUD_METADATA_ADDRESSES: readonly CloudMetadataAddress[] = [
  {
    address: '169.254.169.254',
    provider: 'AWS, GCP, Azure, OpenStack, DigitalOcean, Oracle and others',
    source: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-retrieval.html',
  },
  {
    address: 'fd00:ec2::254',
    provider: 'AWS (IPv6 IMDS)',
    source: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-retrieval.html',
  },
  {
    address: '169.254.170.2',
    provider: 'AWS ECS task metadata / credentials',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html',
  },
  {
    address: '169.254.170.23',
    provider: 'AWS EKS Pod Identity agent',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/pod-id-how-it-works.html',
  },
  {
    address: '100.100.100.200',
    provider: 'Alibaba Cloud',
    source: 'https://www.alibabacloud.com/help/en/ecs/user-guide/view-instance-metadata',
  },
  {
    address: '192.0.0.192',
    provider: 'Oracle Cloud (classic)',
    source:
      'https://docs.oracle.com/en/cloud/iaas-classic/compute-iaas-cloud/stcsg/retrieving-instance-metadata.html',
  },
  {
    address: '168.63.129.16',
    provider: 'Azure wire server',
    source: 'https://learn.microsoft.com/en-us/azure/virtual-network/what-is-ip-address-168-63-129-16',
  },
];
