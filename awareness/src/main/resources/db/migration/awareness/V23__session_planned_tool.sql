-- The educational tool planned at the request (from the catalogue); the tool actually used is tool_used, at delivery.
ALTER TABLE awareness.session ADD COLUMN planned_tool TEXT;
