import { useTranslation } from 'react-i18next';
import { Badge } from '../../ui/badge';

const TONE = { draft: 'neutral', published: 'success', closed: 'brand' } as const;

export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return <Badge tone={TONE[status as keyof typeof TONE] ?? 'neutral'}>{t(`orgPostings.status.${status}`)}</Badge>;
}
