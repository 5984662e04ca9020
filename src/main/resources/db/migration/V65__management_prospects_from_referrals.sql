-- A referral (customer module, QUAL-1) is a lead: management keeps it as a prospect of the practitioner it was
-- referred to, moved to CONVERTED or LOST when the practitioner accepts or declines it.
alter table mgmt_prospect add column referral_id bigint;
create unique index mgmt_prospect_referral on mgmt_prospect (referral_id) where referral_id is not null;
