-- Review mode: when the candidate approved an application that was filled but not submitted.
-- An approved application is applied again in submit mode although its session is a review one.
ALTER TABLE application ADD COLUMN approved_at TIMESTAMP WITH TIME ZONE;
