-- product: official materials (MAT-1), their versions and every hand-over to a customer

create table official_material (
    id                    bigint generated always as identity primary key,
    product_id            bigint       not null references product (id),
    title                 varchar(200) not null,
    version_label         varchar(32)  not null,
    publisher             varchar(64)  not null,
    publisher_institution varchar(32)  not null,
    published_at          timestamptz  not null,
    file_name             varchar(255) not null,
    content_type          varchar(64)  not null check (content_type in ('application/pdf', 'image/png', 'image/jpeg')),
    size_bytes            bigint       not null check (size_bytes > 0),
    sha256                char(64)     not null check (sha256 ~ '^[0-9a-f]{64}$'),
    storage_key           varchar(200) not null,
    superseded_by         bigint references official_material (id),
    superseded_at         timestamptz,
    -- a newer version first retires the old one (superseded_at), then links it (superseded_by)
    check (superseded_by is null or superseded_at is not null),
    unique (product_id, title, version_label)
);
-- one current version per title of a product
create unique index official_material_current on official_material (product_id, title) where superseded_at is null;

create table material_hand_over (
    id              bigint generated always as identity primary key,
    material_id     bigint      not null references official_material (id),
    customer_number varchar(9)  not null check (customer_number ~ '^C[0-9]{8}$'),
    handed_over_by  varchar(64) not null,
    handed_over_at  timestamptz not null
);
create index material_hand_over_material on material_hand_over (material_id, handed_over_at);
create index material_hand_over_customer on material_hand_over (customer_number);
