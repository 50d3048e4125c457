import { Breadcrumbs, PageTitle } from '@/components/ui/page-title';
import { OrganizationForm } from '@/components/workspace/organization-form';
import { requireOrganization } from '@/lib/organizations/access';
import { updateOrganization } from '@/lib/organizations/actions';
import { parseId } from '@/lib/organizations/filters';
import { organizationFormValues } from '@/lib/organizations/form-values';
import { getOrganizationDetail, getUnitChoices, scopeOf } from '@/lib/organizations/queries';

export const metadata = { title: 'Sửa thông tin tổ chức' };

type Props = { params: Promise<{ id: string }> };

export default async function EditOrganizationPage({ params }: Props) {
  const { id: idText } = await params;
  const { user, org: access } = await requireOrganization('organization.update', parseId(idText));
  const [org, choices] = await Promise.all([getOrganizationDetail(access.id), getUnitChoices(scopeOf(user))]);
  if (!org) return null;
  // An organization still filed under a former unit keeps it as a choice until it is moved.
  const units = choices.some((u) => u.id === org.unitId)
    ? choices
    : [{ id: org.unitId, label: `${org.unit.type} ${org.unit.name} (đơn vị cũ)`, current: false }, ...choices];

  return (
    <>
      <Breadcrumbs
        items={[
          { href: '/quan-tri/to-chuc', label: 'Tổ chức KTTT' },
          { href: `/quan-tri/to-chuc/${org.id}`, label: org.name },
          { label: 'Sửa thông tin' },
        ]}
      />
      <PageTitle description="Tình trạng hoạt động được ghi trong lịch sử trạng thái, không sửa ở đây.">Sửa thông tin: {org.name}</PageTitle>
      <OrganizationForm
        action={updateOrganization.bind(null, org.id)}
        initial={organizationFormValues(org)}
        units={units}
        mode="edit"
        cancelHref={`/quan-tri/to-chuc/${org.id}`}
      />
    </>
  );
}
