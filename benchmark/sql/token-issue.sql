-- POST /api/token/create for a new user while the line is full: joining the line, and no admission
-- round, as there is no room. The scripts are the adapters' SQL as it reaches PostgreSQL; pgbench
-- has no include, so bench.py puts each part named by an --@include line in its place.
\set n :n + 1
\set uid :base + :client_id * 10000000 + :n
--@include parts/join-line.sql
