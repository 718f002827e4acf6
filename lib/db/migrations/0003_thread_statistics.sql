-- Threads vary from a few messages to thousands: with the default statistics the planner guesses
-- ~40 rows for most conversations and sorts whole long threads instead of reading one page off
-- messages_thread_idx (measured in docs/benchmarks.md).
ALTER TABLE "messages" ALTER COLUMN "conversation_id" SET STATISTICS 1000;
