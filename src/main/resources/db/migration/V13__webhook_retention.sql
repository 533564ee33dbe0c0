-- The purge of old deliveries (alert.DeliveryRetention) finds settled ones by age.
create index webhook_delivery_settled_idx on webhook_delivery (status, created_at);
