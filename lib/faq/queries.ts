import 'server-only';

import { prisma } from '@/lib/db';

/** Published questions grouped by topic, topics and questions in their set order; empty topics left out. */
export async function getPublicFaq() {
  const topics = await prisma.faqTopic.findMany({
    orderBy: [{ ordinal: 'asc' }, { name: 'asc' }],
    select: {
      id: true,
      name: true,
      questions: { where: { published: true }, orderBy: [{ ordinal: 'asc' }, { id: 'asc' }], select: { id: true, question: true, answer: true } },
    },
  });
  return topics.filter((t) => t.questions.length > 0);
}

/** Every topic with every question, for editors. */
export async function getFaqForEditors() {
  return prisma.faqTopic.findMany({
    orderBy: [{ ordinal: 'asc' }, { name: 'asc' }],
    include: { questions: { orderBy: [{ ordinal: 'asc' }, { id: 'asc' }] } },
  });
}

export async function getFaqQuestion(id: number) {
  if (!Number.isSafeInteger(id) || id < 1) return null;
  return prisma.faqQuestion.findUnique({ where: { id } });
}

export async function getFaqTopic(id: number) {
  if (!Number.isSafeInteger(id) || id < 1) return null;
  return prisma.faqTopic.findUnique({ where: { id }, include: { _count: { select: { questions: true } } } });
}
