-- Editorial workspace (issue 9): questions and answers by topic (Hỏi đáp).

-- CreateTable
CREATE TABLE "FaqTopic" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "ordinal" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FaqTopic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FaqQuestion" (
    "id" SERIAL NOT NULL,
    "topicId" INTEGER NOT NULL,
    "question" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "ordinal" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FaqQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "FaqTopic_name_key" ON "FaqTopic"("name");

-- CreateIndex
CREATE INDEX "FaqQuestion_topicId_ordinal_idx" ON "FaqQuestion"("topicId", "ordinal");

-- AddForeignKey
ALTER TABLE "FaqQuestion" ADD CONSTRAINT "FaqQuestion_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "FaqTopic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
