-- management: a campaign's conversions are measured from the sales released to its segment's customers during the
-- campaign, no longer typed in. A practitioner records what came of a contact: contacted, interested or declined.
-- (No campaign has run in production yet; a typed conversion becomes "interested", which it at least was.)
update mgmt_campaign_outcome set outcome = 'INTERESTED' where outcome = 'CONVERTED';
alter table mgmt_campaign_outcome drop constraint mgmt_campaign_outcome_outcome_check;
alter table mgmt_campaign_outcome add constraint mgmt_campaign_outcome_outcome_check
    check (outcome in ('CONTACTED', 'INTERESTED', 'DECLINED'));
alter table mgmt_campaign_outcome drop column volume;
create index mgmt_campaign_department on mgmt_campaign (department, starts_on);
