-- wrk script: POST /api/v1/suitability/check as the demo practitioner wang, for a demo customer (C10000002, a
-- 45-year-old C2 with a general fund) and a product on the demo shelf (FI-90D, R2). Set CHECK_CUSTOMER, CHECK_FUND
-- and CHECK_PRODUCT to use others.
local customer = os.getenv("CHECK_CUSTOMER") or "C10000002"
local fund = os.getenv("CHECK_FUND") or "3"
local product = os.getenv("CHECK_PRODUCT") or "FI-90D"
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Basic d2FuZzpzdGV3YXJkLWRlbW8=" -- wang:steward-demo
wrk.body = '{"customerNumber":"' .. customer .. '","productCode":"' .. product .. '","fundId":' .. fund
    .. ',"amount":"50000.00","customerInitiated":false,"channel":"BRANCH"}'

function response(status, headers, body)
    if status ~= 200 then
        io.stderr:write("unexpected status " .. status .. ": " .. body .. "\n")
    end
end
